package kz.shamy.modeler.internal;

import kz.shamy.identity.Role;
import kz.shamy.shared.Forbidden;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migration of a process's running instances to another version: the preview, the start of the batch, its
 * progress. Administrators only (the engine's admin group, {@code admins}, whose members hold {@code ROLE_ADMIN}),
 * checked here as well as by the URL rules.
 */
@RestController
@RequestMapping("/api/modeler")
class MigrationController {

    private final MigrationPlans migrations;

    MigrationController(MigrationPlans migrations) {
        this.migrations = migrations;
    }

    record MigrationRequest(String from, String to) {
    }

    @GetMapping("/processes/{key}/migration")
    MigrationPreview preview(@PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user) {
        requireAdmin(user);
        return migrations.preview(key, from, to);
    }

    @PostMapping("/processes/{key}/migration")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MigrationRun run(@PathVariable String key, @RequestBody MigrationRequest request, Authentication user) {
        requireAdmin(user);
        return migrations.run(key, request.from(), request.to(), user.getName());
    }

    @GetMapping("/migrations/{batchId}")
    MigrationProgress progress(@PathVariable String batchId, Authentication user) {
        requireAdmin(user);
        return migrations.progress(batchId);
    }

    static void requireAdmin(Authentication user) {
        boolean admin = user != null && user.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        if (!admin) {
            throw new Forbidden("only administrators migrate running instances");
        }
    }
}
