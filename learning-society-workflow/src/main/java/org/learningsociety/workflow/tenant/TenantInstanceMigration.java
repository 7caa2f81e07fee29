package org.learningsociety.workflow.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the running process instances started before provinces were tenants their province's tenant id:
 * each root instance without tenant whose {@code unitCode} variable names a unit with a province, with every
 * process it called, their executions, tasks and the tasks' identity links, jobs, variables, event
 * subscriptions, incidents, external tasks, and their history ({@code ACT_HI_*}, the byte arrays). Camunda has
 * no API to change an instance's tenant, so this is SQL: all of it in one engine command (the engine's
 * connection and transaction, committed together or not at all), touching only rows whose tenant is still
 * empty, so that a second run finds nothing to do. Runtime rows get a new revision: an engine transaction that
 * read one before the move fails its optimistic lock and is retried, rather than writing the row back without
 * tenant. Instances of a definition deployed for a tenant have it already and are not looked at.
 */
public class TenantInstanceMigration {

    private static final Logger LOG = LoggerFactory.getLogger(TenantInstanceMigration.class);

    /** The tables holding the root instance id, runtime ones (with a revision) first. */
    static final List<String> BY_ROOT_RUNTIME = List.of("ACT_RU_EXECUTION", "ACT_RU_JOB");
    static final List<String> BY_ROOT_HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT",
            "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST",
            "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY");
    /** The runtime tables holding only the (called) process instance's id. */
    static final List<String> BY_INSTANCE_RUNTIME = List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_INCIDENT", "ACT_RU_EXT_TASK");

    private final ProcessEngineConfigurationImpl configuration;
    private final Provinces provinces;

    public TenantInstanceMigration(ProcessEngineConfigurationImpl configuration, Provinces provinces) {
        this.configuration = Objects.requireNonNull(configuration);
        this.provinces = Objects.requireNonNull(provinces);
    }

    /** One moved root instance: its id, the tenant it got and the rows changed. */
    public record Moved(String rootInstanceId, String unitCode, String tenantId, int rows) { }

    /** Moves every running root instance without tenant to its province's; returns what it moved. */
    public List<Moved> migrate() {
        List<Moved> moved = configuration.getCommandExecutorTxRequired().execute(this::migrate);
        if (!moved.isEmpty()) {
            LOG.info("Đã gán tenant tỉnh, thành phố cho {} quy trình đang chạy bắt đầu trước khi có tenant ({} dòng): {}",
                    moved.size(), moved.stream().mapToInt(Moved::rows).sum(), moved);
        }
        return moved;
    }

    private List<Moved> migrate(CommandContext context) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try {
            Map<String, String> roots = rootsWithoutTenant(connection, prefix);
            List<Moved> moved = new ArrayList<>();
            for (Map.Entry<String, String> root : roots.entrySet()) {
                String tenantId = provinces.tenantIdOf(root.getValue());
                if (tenantId == null) {
                    LOG.warn("Quy trình {} của đơn vị {} không tìm được tỉnh, thành phố: giữ nguyên không có tenant",
                            root.getKey(), root.getValue());
                    continue;
                }
                moved.add(new Moved(root.getKey(), root.getValue(), tenantId,
                        move(connection, prefix, root.getKey(), tenantId)));
            }
            return moved;
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not give the running instances their province's tenant: "
                    + e.getMessage(), e);
        }
    }

    /** Root instance id → unit code, for running root instances without tenant having a unitCode text variable. */
    private static Map<String, String> rootsWithoutTenant(Connection connection, String prefix) throws SQLException {
        String sql = "SELECT e.ID_, v.TEXT_ FROM " + prefix + "ACT_RU_EXECUTION e JOIN " + prefix
                + "ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = e.ID_ AND v.NAME_ = ? WHERE e.ID_ = e.PROC_INST_ID_ "
                + "AND e.SUPER_EXEC_ IS NULL AND e.TENANT_ID_ IS NULL AND v.TEXT_ IS NOT NULL";
        Map<String, String> roots = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, ProvinceTenantIdProvider.UNIT_CODE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    roots.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return roots;
    }

    private static int move(Connection connection, String prefix, String rootId, String tenantId) throws SQLException {
        int rows = 0;
        String instances = "SELECT ID_ FROM " + prefix + "ACT_RU_EXECUTION WHERE ROOT_PROC_INST_ID_ = ? AND ID_ = PROC_INST_ID_";
        // the instance-keyed tables first: they find the called instances through ACT_RU_EXECUTION's root id
        rows += update(connection, "UPDATE " + prefix + "ACT_RU_IDENTITYLINK SET TENANT_ID_ = ?, REV_ = REV_ + 1 "
                + "WHERE TENANT_ID_ IS NULL AND TASK_ID_ IN (SELECT ID_ FROM " + prefix + "ACT_RU_TASK WHERE "
                + "PROC_INST_ID_ IN (" + instances + "))", tenantId, rootId);
        for (String table : BY_INSTANCE_RUNTIME) {
            rows += update(connection, "UPDATE " + prefix + table + " SET TENANT_ID_ = ?, REV_ = REV_ + 1 "
                    + "WHERE TENANT_ID_ IS NULL AND PROC_INST_ID_ IN (" + instances + ")", tenantId, rootId);
        }
        for (String table : BY_ROOT_RUNTIME) {
            rows += update(connection, "UPDATE " + prefix + table + " SET TENANT_ID_ = ?, REV_ = REV_ + 1 "
                    + "WHERE TENANT_ID_ IS NULL AND ROOT_PROC_INST_ID_ = ?", tenantId, rootId);
        }
        for (String table : BY_ROOT_HISTORY) {
            rows += update(connection, "UPDATE " + prefix + table + " SET TENANT_ID_ = ? "
                    + "WHERE TENANT_ID_ IS NULL AND ROOT_PROC_INST_ID_ = ?", tenantId, rootId);
        }
        return rows;
    }

    private static int update(Connection connection, String sql, String tenantId, String rootId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, tenantId);
            update.setString(2, rootId);
            return update.executeUpdate();
        }
    }
}
