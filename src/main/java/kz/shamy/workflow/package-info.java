/** The embedded Camunda engine: deployment from processes/, history, authorization, and its REST API's errors. */
package kz.shamy.workflow;
