package kz.shamy.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link GrantChecks} against the engine's own statement, on the same rows in the same transaction: generated grants
 * to users and groups and global authorizations, on resource ids and on {@code *}, with random permission bits; and
 * generated checks of one to four atomic checks, disjunctive and conjunctive, with and without a "not found" value,
 * for callers with and without groups. Resource types and permissions of the test's own (numbers no engine resource
 * uses), so the rows, while they exist, touch no one else's rights; they are deleted after each test.
 */
abstract class GrantChecksDifferential {

    private static final int[] TYPES = {9101, 9102, 9103};
    private static final String[] IDS = {"gc-a", "gc-b", "gc-c", "gc-d", Authorization.ANY};
    private static final String[] USERS = {"gc-user-1", "gc-user-2", "gc-user-3"};
    private static final String[] GROUPS = {"gc-group-1", "gc-group-2", "gc-group-3"};

    @Autowired ProcessEngine engine;
    @Autowired AuthorizationService authorizations;

    private final List<String> created = new ArrayList<>();

    record TestResource(String resourceName, int resourceType) implements Resource {
    }

    record TestPermission(String name, int value, Resource[] types) implements Permission {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public int getValue() {
            return value;
        }

        @Override
        public Resource[] getTypes() {
            return types;
        }
    }

    private static final Resource[] RESOURCES = {new TestResource("gc-one", TYPES[0]),
            new TestResource("gc-two", TYPES[1]), new TestResource("gc-three", TYPES[2])};

    private static Permission permission(int value) {
        return new TestPermission("GC_" + value, value, RESOURCES);
    }

    @AfterEach
    void deleteRows() {
        created.forEach(authorizations::deleteAuthorization);
        created.clear();
    }

    @Test
    void answersAsTheEnginesStatementDoesOverGeneratedGrantsAndChecks() {
        Random random = new Random(20261205L);
        int compared = 0;
        int authorized = 0;
        for (int world = 0; world < 12; world++) {
            deleteRows();
            createRows(random, 10 + random.nextInt(30));
            for (int i = 0; i < 120; i++) {
                CompositePermissionCheck check = check(random);
                String user = random.nextInt(10) == 0 ? null : USERS[random.nextInt(USERS.length)];
                List<String> groups = new ArrayList<>();
                for (String group : GROUPS) {
                    if (random.nextBoolean()) {
                        groups.add(group);
                    }
                }
                boolean[] answers = compare(user, groups, check);
                assertThat(answers[0]).as("world %d, check %d: %s for %s %s", world, i, describe(check), user, groups)
                        .isEqualTo(answers[1]);
                compared++;
                authorized += answers[0] ? 1 : 0;
            }
        }
        // the generated cases must reach both answers, or the comparison proves little
        assertThat(authorized).isBetween(compared / 10, compared * 9 / 10);
    }

    @Test
    void aGrantToTheGroupOfAnotherCallerOrOnAnotherIdAuthorizesNothing() {
        Permission work = permission(2);
        save(grant(USERS[0], null, RESOURCES[0], "gc-a", work));
        save(grant(null, GROUPS[0], RESOURCES[0], "gc-b", work));
        assertThat(compare(USERS[0], List.of(), atomic(RESOURCES[0], "gc-a", work, null))).containsExactly(true, true);
        assertThat(compare(USERS[1], List.of(GROUPS[1]), atomic(RESOURCES[0], "gc-a", work, null)))
                .containsExactly(false, false);
        assertThat(compare(USERS[1], List.of(GROUPS[0]), atomic(RESOURCES[0], "gc-b", work, null)))
                .containsExactly(true, true);
        assertThat(compare(USERS[1], List.of(GROUPS[0]), atomic(RESOURCES[0], "gc-c", work, null)))
                .containsExactly(false, false);
        assertThat(compare(USERS[0], List.of(), atomic(RESOURCES[1], "gc-a", work, null)))
                .as("the same id of another resource type").containsExactly(false, false);
        assertThat(compare(USERS[0], List.of(), atomic(RESOURCES[0], "gc-a", permission(6), null)))
                .as("a permission with more bits than granted").containsExactly(false, false);
    }

    /** Both answers, in one command: Shamy's first, then the engine's own statement's. */
    private boolean[] compare(String user, List<String> groups, CompositePermissionCheck check) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            AuthorizationManager manager = context.getAuthorizationManager();
            assertThat(manager).isInstanceOf(CallerGroupsAsGiven.Authorizations.class);
            CallerGroupsAsGiven.Authorizations shamy = (CallerGroupsAsGiven.Authorizations) manager;
            return new boolean[] {shamy.isAuthorized(user, groups, check), shamy.enginesAnswer(user, groups, check)};
        });
    }

    private void createRows(Random random, int count) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(5); // 0: global, 1-2: to a user, 3-4: to a group
            Resource resource = RESOURCES[random.nextInt(RESOURCES.length)];
            String id = IDS[random.nextInt(IDS.length)];
            String user = kind == 0 ? Authorization.ANY : kind <= 2 ? USERS[random.nextInt(USERS.length)] : null;
            String group = kind >= 3 ? GROUPS[random.nextInt(GROUPS.length)] : null;
            if (!keys.add((kind == 0) + "/" + user + "/" + group + "/" + resource.resourceType() + "/" + id)) {
                continue;
            }
            Authorization row = authorizations.createNewAuthorization(kind == 0 ? Authorization.AUTH_TYPE_GLOBAL
                    : Authorization.AUTH_TYPE_GRANT);
            row.setUserId(user);
            row.setGroupId(group);
            row.setResource(resource);
            row.setResourceId(id);
            row.addPermission(permission(1 + random.nextInt(15)));
            save(row);
        }
    }

    private Authorization grant(String user, String group, Resource resource, String id, Permission permission) {
        Authorization row = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        row.setUserId(user);
        row.setGroupId(group);
        row.setResource(resource);
        row.setResourceId(id);
        row.addPermission(permission);
        return row;
    }

    private void save(Authorization row) {
        created.add(authorizations.saveAuthorization(row).getId());
    }

    private static CompositePermissionCheck check(Random random) {
        CompositePermissionCheck check = new CompositePermissionCheck(random.nextBoolean());
        int atomic = 1 + random.nextInt(4);
        for (int i = 0; i < atomic; i++) {
            String id = random.nextInt(8) == 0 ? null : IDS[random.nextInt(IDS.length)];
            int bits = random.nextInt(4) == 0 ? (1 << random.nextInt(4)) | (1 << random.nextInt(4))
                    : 1 << random.nextInt(4);
            Long notFound = switch (random.nextInt(4)) {
                case 0 -> 0L;
                case 1 -> 1L;
                default -> null;
            };
            check.addAtomicCheck(permissionCheck(RESOURCES[random.nextInt(RESOURCES.length)], id, permission(bits),
                    notFound));
        }
        return check;
    }

    private static CompositePermissionCheck atomic(Resource resource, String id, Permission permission,
            Long notFound) {
        CompositePermissionCheck check = new CompositePermissionCheck();
        check.addAtomicCheck(permissionCheck(resource, id, permission, notFound));
        return check;
    }

    private static PermissionCheck permissionCheck(Resource resource, String id, Permission permission,
            Long notFound) {
        PermissionCheck check = new PermissionCheck();
        check.setResource(resource);
        check.setResourceId(id);
        check.setPermission(permission);
        check.setAuthorizationNotFoundReturnValue(notFound);
        return check;
    }

    private static String describe(CompositePermissionCheck check) {
        StringBuilder text = new StringBuilder(check.isDisjunctive() ? "any of" : "all of");
        for (PermissionCheck atomic : check.getAtomicChecks()) {
            text.append(String.format(" [%d %s perms %d notFound %s]", atomic.getResourceType(),
                    atomic.getResourceId(), atomic.getPerms(), atomic.getAuthorizationNotFoundReturnValue()));
        }
        return text.toString();
    }
}
