package kz.shamy.circle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One entry in the log a teacher keeps while leading development work. */
@Entity
public class EvidenceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private LocalDate entryDate;
    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;
    private String description;

    protected EvidenceEntry() {
    }

    public EvidenceEntry(Long projectId, LocalDate entryDate, EvidenceKind kind, String description) {
        this.projectId = projectId;
        this.entryDate = entryDate;
        this.kind = kind;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }
}
