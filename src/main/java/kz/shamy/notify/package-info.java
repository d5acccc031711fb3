/**
 * Notifications to people: in-app on the home page, and by mail in each person's language (task assignments,
 * returns, deadlines, escalations, certification outcomes; one by one or as a daily digest), with each person's
 * settings and their calendar feed behind a secret link.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "certification", "identity", "programme", "reports", "shared", "workflow"})
package kz.shamy.notify;
