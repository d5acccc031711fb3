/**
 * The engine adapter: the only package that uses Camunda's internal ({@code impl}) packages, pinned to the engine
 * version it was written against by {@code EngineInternalsTests}. Other features never use it; workflow's API does.
 */
package kz.shamy.workflow.engine;
