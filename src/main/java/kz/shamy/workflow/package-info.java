/** The embedded Camunda engine: deployment from processes/, history, authorization, and its REST API's errors. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package kz.shamy.workflow;
