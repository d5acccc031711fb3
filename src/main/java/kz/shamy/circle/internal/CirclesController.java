package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.CircleStarted;
import kz.shamy.circle.Circles;
import java.net.URI;
import java.util.List;
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

/** Starting a circle's cycle and reading a circle. Facilitators start their own circles; admins any. */
@RestController
@RequestMapping("/api/circles")
class CirclesController {

    private final Circles circles;
    private final CircleViewReader views;

    CirclesController(Circles circles, CircleViewReader views) {
        this.circles = circles;
        this.views = views;
    }

    record StartCircleRequest(Long schoolId, String facilitatorId, String academicYear, List<String> teacherIds) {
    }

    @PostMapping
    ResponseEntity<CircleStarted> start(@RequestBody StartCircleRequest request, Authentication user) {
        boolean ownCircle = has(user, Role.FACILITATOR) && user.getName().equals(request.facilitatorId());
        if (!ownCircle && !has(user, Role.ADMIN)) {
            throw new Forbidden("only admins, or facilitators for themselves, may start a circle");
        }
        CircleStarted started = circles.startCycle(request.schoolId(), request.facilitatorId(),
                request.academicYear(), request.teacherIds());
        return ResponseEntity.created(URI.create("/api/circles/" + started.circleId())).body(started);
    }

    @GetMapping("/{id}")
    CircleView circle(@PathVariable Long id, Authentication user) {
        Circle circle = circles.require(id);
        boolean allowed = has(user, Role.ADMIN) || circle.facilitatorId().equals(user.getName())
                || circles.teachersOf(id).contains(user.getName());
        if (!allowed) {
            throw new Forbidden("only admins, the circle's facilitator and its teachers may see circle " + id);
        }
        return views.view(id);
    }

    private static boolean has(Authentication user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
