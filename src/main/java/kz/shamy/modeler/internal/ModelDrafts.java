package kz.shamy.modeler.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drafts kept in Shamy's database: started from a deployed version or from a file, edited, deleted. */
@Component
class ModelDrafts {

    /** The largest draft kept (Shamy's largest process is about 60 KB). */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    record View(String id, String kind, String key, Integer basedOnVersion, String content, String author,
            Instant createdAt, Instant updatedAt) {

        static View of(ModelDraft draft) {
            return new View(draft.id(), draft.kind().id(), draft.key(), draft.basedOnVersion(), draft.content(),
                    draft.author(), draft.createdAt(), draft.updatedAt());
        }
    }

    private final ModelDraftRepository drafts;
    private final DeployedModels deployed;
    private final Clock clock;

    ModelDrafts(ModelDraftRepository drafts, DeployedModels deployed, Clock clock) {
        this.drafts = drafts;
        this.deployed = deployed;
        this.clock = clock;
    }

    /** A draft of a deployed version, or (no version) of the content given, the key read from it when not given. */
    @Transactional
    ModelDraft start(ModelKind kind, String key, Integer version, String content, String author) {
        if (version != null) {
            if (key == null) {
                throw new InvalidRequest("key", "a draft of a deployed version names the model's key");
            }
            DeployedModel model = deployed.version(kind, key, version);
            String text = new String(deployed.content(model), StandardCharsets.UTF_8);
            return drafts.save(new ModelDraft(kind, key, model.fileName(), version, text, author, clock.instant()));
        }
        if (content == null) {
            throw new InvalidRequest("content", "a new draft needs a deployed version to start from or content");
        }
        checkSize(content);
        String modelKey = key != null ? key : keyIn(kind, content).orElse(null);
        String resourceName = (modelKey == null ? "new-model" : modelKey) + kind.suffix();
        return drafts.save(new ModelDraft(kind, modelKey, resourceName, null, content, author, clock.instant()));
    }

    @Transactional(readOnly = true)
    ModelDraft get(String id) {
        return drafts.findById(id).orElseThrow(() -> new NotFound("draft", id));
    }

    @Transactional
    ModelDraft edit(String id, String content, String author) {
        if (content == null) {
            throw new InvalidRequest("content", "content is required");
        }
        checkSize(content);
        ModelDraft draft = get(id);
        draft.edit(content, author, clock.instant());
        return drafts.save(draft);
    }

    @Transactional
    void delete(String id) {
        drafts.delete(get(id));
    }

    /** The newest draft of a model of this kind and key, if one is open. */
    @Transactional(readOnly = true)
    Optional<ModelDraft> newest(ModelKind kind, String key) {
        List<ModelDraft> all = drafts.findAllByOrderByUpdatedAtDesc();
        return all.stream().filter(draft -> draft.kind() == kind && key.equals(draft.key())).findFirst();
    }

    static void checkSize(String content) {
        if (content.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ModelerProblems.tooLarge(MAX_BYTES);
        }
    }

    /** The first process's or decision's id, or a form's id; none when the file does not read. */
    private Optional<String> keyIn(ModelKind kind, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (kind != ModelKind.FORM && ModelKind.declaresDoctype(content)) {
            return Optional.empty();
        }
        try {
            return switch (kind) {
                case BPMN -> Bpmn.readModelFromStream(new ByteArrayInputStream(bytes))
                        .getModelElementsByType(Process.class).stream().map(Process::getId).findFirst();
                case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes))
                        .getModelElementsByType(Decision.class).stream().map(Decision::getId).findFirst();
                case FORM -> deployed.formId(bytes);
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
