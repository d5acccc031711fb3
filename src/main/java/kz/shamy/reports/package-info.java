/** Project reports: the versions a teacher submits, the facilitator's sign-off, and the published version. */
package kz.shamy.reports;
