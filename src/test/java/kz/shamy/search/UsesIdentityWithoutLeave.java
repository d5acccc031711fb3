package kz.shamy.search;

import kz.shamy.identity.People;

/**
 * Not used by any test at run time: ModularityTests imports this class beside the application's own to show that
 * Spring Modulith rejects a dependency a feature has not declared (search on identity's public API).
 */
final class UsesIdentityWithoutLeave {

    String nameOf(People people, String username) {
        return people.displayName(username);
    }
}
