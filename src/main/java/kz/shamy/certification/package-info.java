/**
 * Certification: a university certifies a teacher from their portfolio (eligibility, the facilitator's
 * endorsement, rubric scoring with four-eyes moderation, revision rounds) and issues a verifiable certificate.
 */
package kz.shamy.certification;
