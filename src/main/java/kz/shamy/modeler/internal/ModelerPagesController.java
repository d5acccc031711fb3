package kz.shamy.modeler.internal;

import java.util.UUID;
import java.util.regex.Pattern;
import kz.shamy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The modeler's pages for administrators: the list of models ({@code /modeler}), a new draft from a version
 * ({@code /modeler/new}), the editor ({@code /modeler/drafts/{id}}) and the migration of running instances
 * ({@code /modeler/processes/{key}/migration}). Each page is a frame its script fills from {@code /api/modeler}
 * (src/main/frontend): bpmn-js, dmn-js and the form-js editor run in the browser and cannot run without it.
 * Anyone but an administrator is refused with 403, here as well as by the security rules.
 */
@Controller
class ModelerPagesController {

    /** A process definition key as the engine accepts it (an XML NCName), nothing that could escape a path. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");

    @GetMapping("/modeler")
    String models(Authentication user) {
        administratorOnly(user);
        return "modeler-models";
    }

    /** Reads kind, key and version from the query in the browser, which creates the draft with a POST. */
    @GetMapping("/modeler/new")
    String newDraft(Authentication user) {
        administratorOnly(user);
        return "modeler-new";
    }

    @GetMapping("/modeler/drafts/{id}")
    String editor(@PathVariable String id, Authentication user, Model model) {
        administratorOnly(user);
        model.addAttribute("draftId", draftId(id));
        return "modeler-editor";
    }

    @GetMapping("/modeler/processes/{key}/migration")
    String migration(@PathVariable String key, Authentication user, Model model) {
        administratorOnly(user);
        if (!KEY.matcher(key).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("processKey", key);
        return "modeler-migration";
    }

    private static String draftId(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException notAUuid) {
            if (id.matches("[0-9]{1,18}")) {
                return id;
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static void administratorOnly(Authentication user) {
        boolean administrator = user != null && user.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        if (!administrator) {
            throw new AccessDeniedException("only administrators use the modeler");
        }
    }
}
