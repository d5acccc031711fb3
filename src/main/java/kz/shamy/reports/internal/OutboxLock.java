package kz.shamy.reports.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row outbox writers lock, so they commit in the order their sequences were given (see ReportOutbox). */
@Entity
@Table(name = "report_outbox_lock")
class OutboxLock {

    static final Long ID = 1L;

    @Id
    private Long id;

    protected OutboxLock() {
    }
}
