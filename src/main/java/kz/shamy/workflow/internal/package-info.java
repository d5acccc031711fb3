/** Workflow's internals: task pages, the engine REST API's guard and problem answers, forms and authorizations. */
package kz.shamy.workflow.internal;
