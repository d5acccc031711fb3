package kz.shamy.modeler.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One deployment tried from the modeler: who, when, what, the engine's deployment id and the outcome. */
@Entity
@Table(name = "model_audit")
class ModelAuditEntry {

    static final String DEPLOYED = "deployed";
    static final String UNCHANGED = "unchanged";
    static final String REFUSED = "refused";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    private String kind;
    @Column(name = "model_key")
    private String key;
    private Integer version;
    private String deploymentId;
    private String outcome;
    private String detail;

    protected ModelAuditEntry() {
    }

    ModelAuditEntry(Instant at, String actor, String action, ModelKind kind, String key, Integer version,
            String deploymentId, String outcome, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.kind = kind.id();
        this.key = key;
        this.version = version;
        this.deploymentId = deploymentId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    Long id() {
        return id;
    }

    Instant at() {
        return at;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    String kind() {
        return kind;
    }

    String key() {
        return key;
    }

    Integer version() {
        return version;
    }

    String deploymentId() {
        return deploymentId;
    }

    String outcome() {
        return outcome;
    }

    String detail() {
        return detail;
    }
}
