/** Notifications to people: invitations, reminders, what is missing. Stored in-app; mail can follow. */
package kz.shamy.notify;
