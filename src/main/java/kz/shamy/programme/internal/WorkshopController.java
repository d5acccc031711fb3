package kz.shamy.programme.internal;

import kz.shamy.programme.WorkshopPlan;
import kz.shamy.programme.Workshops;
import java.net.URI;
import kz.shamy.identity.Role;
import kz.shamy.shared.Forbidden;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators plan induction workshops and follow their invitations and attendance. */
@RestController
@RequestMapping("/api/workshops")
class WorkshopController {

    private final Workshops workshops;

    WorkshopController(Workshops workshops) {
        this.workshops = workshops;
    }

    /** 201 with the workshop id and its process instance id; 400 for a plan that does not hold. */
    @PostMapping
    ResponseEntity<PlannedWorkshop> plan(@RequestBody WorkshopPlan plan, Authentication caller) {
        requireAdmin(caller, "only administrators plan workshops");
        PlannedWorkshop planned = workshops.plan(plan);
        return ResponseEntity.created(URI.create("/api/workshops/" + planned.workshopId())).body(planned);
    }

    @GetMapping("/{id}")
    WorkshopDetails workshop(@PathVariable Long id, Authentication caller) {
        requireAdmin(caller, "only administrators see workshop invitations and feedback");
        return WorkshopDetails.of(workshops.require(id), workshops.invitations(id));
    }

    private static void requireAdmin(Authentication caller, String message) {
        boolean admin = caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        if (!admin) {
            throw new Forbidden(message);
        }
    }
}
