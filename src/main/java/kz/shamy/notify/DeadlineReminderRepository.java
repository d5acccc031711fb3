package kz.shamy.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineReminderRepository extends JpaRepository<DeadlineReminder, String> {
}
