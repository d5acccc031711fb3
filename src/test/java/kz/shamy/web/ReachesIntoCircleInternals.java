package kz.shamy.web;

import kz.shamy.circle.internal.CircleEntry;

/**
 * Not used by any test at run time: ModularityTests imports this class beside the application's own to show that
 * Spring Modulith rejects a feature reaching into another's internals (web into {@code circle.internal}).
 */
final class ReachesIntoCircleInternals {

    Long idOf(CircleEntry circle) {
        return circle.getId();
    }
}
