/**
 * Certification: a university certifies a teacher from their portfolio (eligibility, the facilitator's
 * endorsement, rubric scoring with four-eyes moderation, revision rounds) and issues a verifiable certificate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "programme", "shared", "workflow"})
package kz.shamy.certification;
