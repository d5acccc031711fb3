package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The engine's answer to an authorization check of a command (may this caller complete this task, read this
 * definition), when it looks for grants only, without building the engine's generic SQL for it.
 *
 * <p>The engine writes that check as one statement per call, assembled by MyBatis from a template of nested
 * {@code CASE}s, {@code IF}s and {@code FOREACH}es over the caller's groups: building it took four fifths of the
 * check's time and a fifth of a task completion's (the issue-13 profile). With revoke checks off ({@code
 * authorization-check-revokes: never}), that statement answers, for each atomic check (a resource type, a resource id,
 * a permission): 1 when a grant (type 1) to the user, a grant to one of the caller's groups, or a global authorization
 * (type 0, user {@code *}) carries the permission's bits on that resource id or on {@code *}; otherwise the check's
 * "not found" value (usually none). Atomic checks combine as the template does: disjunctive ones take the first answer
 * there is, else 0; conjunctive ones AND the answers, none counting as 0. The caller is authorized when the result is
 * 1.
 *
 * <p>Here the grant rows that can matter (of the check's resource types, on its ids or on {@code *}) are read by one
 * fixed statement, registered once in the engine's MyBatis configuration, and the rule above is applied to them.
 * Anything else — revoke checks on, a check by a query column, checks nested in checks, more than three resource
 * ids — is left to the engine. {@code GrantChecksIntegrationTests} compares both answers over generated grants and
 * checks.
 */
final class GrantChecks {

    static final String STATEMENT = "kz.shamy.workflow.engine.GrantChecks.grantsOn";

    /** Resource ids one statement looks at (besides {@code *}), and resource types. */
    private static final int IDS = 3;
    private static final int TYPES = 3;

    private GrantChecks() {
    }

    /** Registers the fixed statement in the engine's MyBatis configuration (once; the table prefix as configured). */
    static void register(Configuration mybatis, String tablePrefix) {
        synchronized (mybatis) {
            if (mybatis.hasStatement(STATEMENT, false)) {
                return;
            }
            String sql = "SELECT TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM "
                    + (tablePrefix == null ? "" : tablePrefix) + "ACT_RU_AUTHORIZATION"
                    + " WHERE TYPE_ < 2"
                    + " AND RESOURCE_TYPE_ IN (#{t0, jdbcType=INTEGER}, #{t1, jdbcType=INTEGER}, #{t2, jdbcType=INTEGER})"
                    + " AND RESOURCE_ID_ IN (#{r0, jdbcType=VARCHAR}, #{r1, jdbcType=VARCHAR}, #{r2, jdbcType=VARCHAR}, '*')";
            RawSqlSource source = new RawSqlSource(mybatis, sql, Map.class);
            ResultMap rows = new ResultMap.Builder(mybatis, STATEMENT + "-row", HashMap.class, new ArrayList<>())
                    .build();
            mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENT, source, SqlCommandType.SELECT)
                    .resultMaps(List.of(rows)).build());
        }
    }

    /** Whether this class answers the check as the engine would (else the engine's own statement must). */
    static boolean handles(CompositePermissionCheck check) {
        List<PermissionCheck> atomic = check.getAtomicChecks();
        if (atomic == null || atomic.isEmpty()
                || (check.getCompositeChecks() != null && !check.getCompositeChecks().isEmpty())) {
            return false;
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<Integer> types = new LinkedHashSet<>();
        for (PermissionCheck permission : atomic) {
            if (permission.getResourceIdQueryParam() != null || permission.getResource() == null) {
                return false;
            }
            if (specific(permission)) {
                ids.add(permission.getResourceId());
            }
            types.add(permission.getResourceType());
        }
        return ids.size() <= IDS && types.size() <= TYPES;
    }

    /** The statement's parameters: the check's resource types and ids, the last repeated to fill the slots. */
    static Map<String, Object> parameters(CompositePermissionCheck check) {
        List<String> ids = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        for (PermissionCheck permission : check.getAtomicChecks()) {
            if (specific(permission) && !ids.contains(permission.getResourceId())) {
                ids.add(permission.getResourceId());
            }
            if (!types.contains(permission.getResourceType())) {
                types.add(permission.getResourceType());
            }
        }
        if (ids.isEmpty()) {
            ids.add(Authorization.ANY);
        }
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < IDS; i++) {
            parameters.put("r" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        for (int i = 0; i < TYPES; i++) {
            parameters.put("t" + i, types.get(Math.min(i, types.size() - 1)));
        }
        return parameters;
    }

    /** One authorization row as the statement returns it (column names in either case, as databases give them). */
    record Grant(int type, String userId, String groupId, int resourceType, String resourceId, int perms) {

        static Grant of(Map<?, ?> row) {
            return new Grant(number(row, "TYPE_"), text(row, "USER_ID_"), text(row, "GROUP_ID_"),
                    number(row, "RESOURCE_TYPE_"), text(row, "RESOURCE_ID_"), number(row, "PERMS_"));
        }

        private static Object value(Map<?, ?> row, String column) {
            Object value = row.get(column);
            return value != null ? value : row.get(column.toLowerCase(Locale.ROOT));
        }

        private static String text(Map<?, ?> row, String column) {
            Object value = value(row, column);
            return value == null ? null : value.toString();
        }

        private static int number(Map<?, ?> row, String column) {
            Object value = value(row, column);
            return value == null ? 0 : ((Number) value).intValue();
        }
    }

    /** The engine's answer, from the rows {@link #STATEMENT} returned for this check. */
    static boolean authorized(List<Grant> grants, String userId, List<String> groupIds,
            CompositePermissionCheck check) {
        List<PermissionCheck> atomic = check.getAtomicChecks();
        if (atomic.size() == 1) {
            Long answer = answer(grants, userId, groupIds, atomic.get(0));
            return answer != null && answer == 1L;
        }
        if (check.isDisjunctive()) {
            for (PermissionCheck permission : atomic) {
                Long answer = answer(grants, userId, groupIds, permission);
                if (answer != null) {
                    return answer == 1L;
                }
            }
            return false;
        }
        long all = -1L;
        for (PermissionCheck permission : atomic) {
            Long answer = answer(grants, userId, groupIds, permission);
            all &= answer == null ? 0L : answer;
        }
        return all == 1L;
    }

    /** One atomic check: 1 when a grant carries it, else the check's "not found" value (which may be none). */
    private static Long answer(List<Grant> grants, String userId, List<String> groupIds, PermissionCheck check) {
        boolean specific = specific(check);
        int perms = check.getPerms();
        for (Grant grant : grants) {
            if (grant.resourceType() != check.getResourceType() || (grant.perms() & perms) != perms) {
                continue;
            }
            boolean onResource = Authorization.ANY.equals(grant.resourceId())
                    || (specific && check.getResourceId().equals(grant.resourceId()));
            if (onResource && holds(grant, userId, groupIds)) {
                return 1L;
            }
        }
        return check.getAuthorizationNotFoundReturnValue();
    }

    /** A grant to the user or to one of the groups, or a global authorization; a null id matches nothing, as in SQL. */
    private static boolean holds(Grant grant, String userId, List<String> groupIds) {
        if (grant.type() == Authorization.AUTH_TYPE_GLOBAL) {
            return Authorization.ANY.equals(grant.userId());
        }
        if (grant.type() != Authorization.AUTH_TYPE_GRANT) {
            return false;
        }
        if (userId != null && userId.equals(grant.userId())) {
            return true;
        }
        return grant.groupId() != null && groupIds != null && groupIds.contains(grant.groupId());
    }

    private static boolean specific(PermissionCheck check) {
        return check.getResourceId() != null && !Authorization.ANY.equals(check.getResourceId());
    }
}
