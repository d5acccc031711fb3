/** Project reports: the versions a teacher submits, the facilitator's sign-off, and the published version. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "programme", "search", "shared"})
package kz.shamy.reports;
