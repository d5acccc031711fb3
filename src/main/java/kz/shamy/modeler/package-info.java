/**
 * Administrators' modeler: the deployed processes, decisions and forms with their versions, drafts, checks,
 * deployment and the migration of running work to a new version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared", "workflow"})
package kz.shamy.modeler;
