package kz.shamy.modeler.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The modeler's JSON API for administrators (web.internal's security configurations admit no one else): the
 * catalogue of deployed models, each version's file, drafts, their diff against the version they started from,
 * and deployment. Refusals are problem details (shared.InvalidRequest 400, shared.NotFound 404,
 * {@link ModelerProblems} 413 and 422).
 */
@RestController
@RequestMapping("/api/modeler")
class ModelerApiController {

    private final ModelCatalogue catalogue;
    private final DeployedModels deployed;
    private final ModelDrafts drafts;
    private final ModelDiff diff;
    private final ModelDeployment deployment;
    private final ModelAuditRepository audit;

    ModelerApiController(ModelCatalogue catalogue, DeployedModels deployed, ModelDrafts drafts, ModelDiff diff,
            ModelDeployment deployment, ModelAuditRepository audit) {
        this.catalogue = catalogue;
        this.deployed = deployed;
        this.drafts = drafts;
        this.diff = diff;
        this.deployment = deployment;
        this.audit = audit;
    }

    record NewDraft(String kind, String key, Integer version, String content) {
    }

    record DraftEdit(String content) {
    }

    record AuditView(Long id, Instant at, String actor, String action, String kind, String key, Integer version,
            String deploymentId, String outcome, String detail) {
    }

    @GetMapping("/models")
    List<ModelCatalogue.Model> models() {
        return catalogue.models();
    }

    @GetMapping("/models/{kind}/{key}/versions/{version}/file")
    ResponseEntity<byte[]> file(@PathVariable String kind, @PathVariable String key, @PathVariable int version) {
        DeployedModel model = deployed.version(ModelKind.of(kind), key, version);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(model.fileName()))
                .contentType(ModelKind.of(kind) == ModelKind.FORM ? MediaType.APPLICATION_JSON
                        : MediaType.APPLICATION_XML)
                .body(deployed.content(model));
    }

    @PostMapping("/drafts")
    ResponseEntity<ModelDrafts.View> start(@RequestBody NewDraft request, Principal admin) {
        ModelDraft draft = drafts.start(ModelKind.of(request.kind()), blankToNull(request.key()), request.version(),
                request.content(), admin.getName());
        return ResponseEntity.created(URI.create("/api/modeler/drafts/" + draft.id())).body(ModelDrafts.View.of(draft));
    }

    @GetMapping("/drafts/{id}")
    ModelDrafts.View draft(@PathVariable String id) {
        return ModelDrafts.View.of(drafts.get(id));
    }

    @PutMapping("/drafts/{id}")
    ModelDrafts.View edit(@PathVariable String id, @RequestBody DraftEdit edit, Principal admin) {
        return ModelDrafts.View.of(drafts.edit(id, edit.content(), admin.getName()));
    }

    @DeleteMapping("/drafts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        drafts.delete(id);
    }

    @GetMapping("/drafts/{id}/diff")
    ModelDiff.Result diff(@PathVariable String id) {
        ModelDraft draft = drafts.get(id);
        String before = "";
        if (draft.basedOnVersion() != null && draft.key() != null) {
            before = new String(deployed.content(deployed.version(draft.kind(), draft.key(), draft.basedOnVersion())),
                    StandardCharsets.UTF_8);
        }
        return diff.diff(draft.kind(), draft.basedOnVersion(), draft.resourceName(), before, draft.content());
    }

    @PostMapping("/drafts/{id}/deploy")
    ResponseEntity<ModelDeployment.Deployed> deploy(@PathVariable String id, Principal admin) {
        ModelDeployment.Deployed result = deployment.deploy(id, admin.getName());
        return ResponseEntity.status(result.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    @GetMapping("/audit")
    List<AuditView> audit(@RequestParam(required = false) String key) {
        return (key == null ? audit.findAllByOrderByAtDescIdDesc() : audit.findByKeyOrderByAtDescIdDesc(key)).stream()
                .map(entry -> new AuditView(entry.id(), entry.at(), entry.actor(), entry.action(), entry.kind(),
                        entry.key(), entry.version(), entry.deploymentId(), entry.outcome(), entry.detail()))
                .toList();
    }

    /** A plain file name as it is; any other encoded (RFC 5987) for the browsers that read it. */
    private static String attachment(String fileName) {
        ContentDisposition.Builder builder = ContentDisposition.attachment();
        boolean plain = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
        return (plain ? builder.filename(fileName) : builder.filename(fileName, StandardCharsets.UTF_8)).build()
                .toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
