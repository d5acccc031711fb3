package kz.shamy.modeler.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A process, decision or form being edited in the modeler, not yet deployed; the whole file as text. */
@Entity
@Table(name = "model_draft")
class ModelDraft {

    @Id
    private String id;
    private String kind;
    @Column(name = "model_key")
    private String key;
    private String resourceName;
    private Integer basedOnVersion;
    private String content;
    private String author;
    private Instant createdAt;
    private Instant updatedAt;

    protected ModelDraft() {
    }

    ModelDraft(ModelKind kind, String key, String resourceName, Integer basedOnVersion, String content,
            String author, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind.id();
        this.key = key;
        this.resourceName = resourceName;
        this.basedOnVersion = basedOnVersion;
        this.content = content;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(String content, String author, Instant now) {
        this.content = content;
        this.author = author;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    ModelKind kind() {
        return ModelKind.of(kind);
    }

    String key() {
        return key;
    }

    String resourceName() {
        return resourceName;
    }

    Integer basedOnVersion() {
        return basedOnVersion;
    }

    String content() {
        return content;
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
