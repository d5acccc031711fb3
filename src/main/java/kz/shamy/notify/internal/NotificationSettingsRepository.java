package kz.shamy.notify.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, String> {

    Optional<NotificationSettings> findByCalendarToken(String calendarToken);
}
