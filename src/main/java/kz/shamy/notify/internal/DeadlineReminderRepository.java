package kz.shamy.notify.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineReminderRepository extends JpaRepository<DeadlineReminder, String> {
}
