package org.learningsociety.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.learningsociety.workflow.api.Action;
import org.learningsociety.workflow.api.ActionForbiddenException;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The permission matrix as a portal configures it: a row of {@code learning-society.security.permissions.*}
 * replaces the library's for that role and changes what its officers may do; a property naming a role or
 * an action there is not stops the application from starting, saying which and what there is.
 */
class PermissionMatrixPropertiesTest {

    /** The matrix and the caller's roles exactly as the security auto-configuration makes them from the properties. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LearningSocietyProperties.class)
    static class MatrixFromProperties {

        private final LearningSocietySecurityAutoConfiguration configuration = new LearningSocietySecurityAutoConfiguration();

        @Bean
        PermissionMatrix permissionMatrix(LearningSocietyProperties properties) {
            return configuration.learningSocietyPermissionMatrix(properties);
        }

        @Bean
        CallerRoles callerRoles(LearningSocietyProperties properties) {
            return configuration.learningSocietyCallerRoles(GroupUnits.libraryRoles(), properties);
        }

        @Bean
        RoleActionAccess actionAccess(CallerRoles roles, PermissionMatrix matrix) {
            return new RoleActionAccess(roles, matrix);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MatrixFromProperties.class);

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void byDefaultTheAssociationVerifiesAndOnlyThePeoplesCommitteeAndAdministratorsErase() {
        PermissionMatrix matrix = PermissionMatrix.defaults();
        assertThat(matrix.rolesPermitting(Action.VERIFY))
                .containsExactly(PermissionRole.ASSOCIATION, PermissionRole.ADMINISTRATOR);
        assertThat(matrix.rolesPermitting(Action.ERASE_PERSONAL_DATA))
                .containsExactly(PermissionRole.PEOPLES_COMMITTEE, PermissionRole.ADMINISTRATOR);
        // both bodies may recognise as far as the matrix goes; in each unit the plans name one of them
        assertThat(matrix.rolesPermitting(Action.RECOGNISE)).containsExactly(PermissionRole.ASSOCIATION,
                PermissionRole.PEOPLES_COMMITTEE, PermissionRole.ADMINISTRATOR);
        assertThat(matrix.rolesPermitting(Action.COMMEND)).containsExactly(PermissionRole.PEOPLES_COMMITTEE,
                PermissionRole.EMULATION_BOARD, PermissionRole.ADMINISTRATOR);
        assertThat(matrix.actionsOf(PermissionRole.SERVICE_ACCOUNT)).contains(Action.REGISTER, Action.IMPORT)
                .doesNotContain(Action.VERIFY, Action.RECOGNISE, Action.ERASE_PERSONAL_DATA);
        assertThat(matrix.actionsOf(PermissionRole.ADMINISTRATOR)).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void aConfiguredRowChangesWhatTheRoleMayDo() {
        runner.run(context -> {
            logIn(OfficerRole.ASSOCIATION.groupId("10507"));
            context.getBean(RoleActionAccess.class).requireAllowed(Action.VERIFY);
        });
        runner.withPropertyValues("learning-society.security.permissions.association=read,register,self-assess",
                        "learning-society.security.permissions.peoples-committee=read,verify,recognise")
                .run(context -> {
                    RoleActionAccess access = context.getBean(RoleActionAccess.class);
                    logIn(OfficerRole.ASSOCIATION.groupId("10507"));
                    access.requireAllowed(Action.REGISTER);
                    assertThatThrownBy(() -> access.requireAllowed(Action.VERIFY))
                            .isInstanceOf(ActionForbiddenException.class)
                            .hasMessageContaining("Hội Khuyến học (" + OfficerRole.ASSOCIATION.groupId("10507") + ")")
                            .hasMessageContaining("thẩm định (verify)")
                            .hasMessageContaining("thao tác này dành cho: UBND, quản trị hệ thống");
                    logIn(OfficerRole.PEOPLES_COMMITTEE.groupId("10507"));
                    access.requireAllowed(Action.VERIFY);
                    assertThatThrownBy(() -> access.requireAllowed(Action.ERASE_PERSONAL_DATA))
                            .isInstanceOf(ActionForbiddenException.class);
                    // the rows not written keep the library's
                    logIn(OfficerRole.EMULATION_BOARD.groupId("31"));
                    access.requireAllowed(Action.COMMEND);
                });
    }

    @Test
    void anEmptyRowGrantsNothingAndTheServiceAccountsAuthorityIsAProperty() {
        runner.withPropertyValues("learning-society.security.permissions.service-account=",
                        "learning-society.security.service-account=cong-dich-vu-cong")
                .run(context -> {
                    RoleActionAccess access = context.getBean(RoleActionAccess.class);
                    logIn("cong-dich-vu-cong");
                    assertThatThrownBy(() -> access.requireAllowed(Action.READ))
                            .isInstanceOf(ActionForbiddenException.class)
                            .hasMessageContaining("tài khoản dịch vụ của cổng thông tin (cong-dich-vu-cong)")
                            .hasMessageContaining("không được phép xem dữ liệu (read)");
                });
        runner.withPropertyValues("learning-society.security.administrators-group=quantri").run(context -> {
            logIn("quantri");
            context.getBean(RoleActionAccess.class).requireAllowed(Action.ERASE_PERSONAL_DATA);
            logIn("camunda-admin");
            assertThatThrownBy(() -> context.getBean(RoleActionAccess.class).requireAllowed(Action.READ))
                    .isInstanceOf(ActionForbiddenException.class)
                    .hasMessageContaining("Tài khoản không có vai trò nào");
        });
    }

    @Test
    void anUnknownRoleOrActionRefusesToStartNamingThem() {
        runner.withPropertyValues("learning-society.security.permissions.association=read,approve",
                        "learning-society.security.permissions.chairman=read")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    while (!(failure instanceof PermissionMatrixException) && failure.getCause() != null) {
                        failure = failure.getCause();
                    }
                    assertThat(failure).isInstanceOf(PermissionMatrixException.class);
                    PermissionMatrixException invalid = (PermissionMatrixException) failure;
                    assertThat(invalid.problems()).hasSize(2);
                    assertThat(invalid.getMessage())
                            .contains("unknown action 'approve' in learning-society.security.permissions.association")
                            .contains("unknown role 'chairman'")
                            .contains("the roles are association, peoples-committee, emulation-board, administrator,"
                                    + " service-account")
                            .contains("self-assess", "erase-personal-data");
                    FailureAnalysis analysis = new PermissionMatrixFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("approve", "chairman");
                    assertThat(analysis.getAction()).contains("learning-society.security.permissions.<role>");
                });
    }

    @Test
    void rowsAreReadFromAMapOfRoleToActions() {
        PermissionMatrix matrix = PermissionMatrix.withOverrides(Map.of("emulation-board", List.of(" read ", "commend")));
        assertThat(matrix.actionsOf(PermissionRole.EMULATION_BOARD)).isEqualTo(Set.of(Action.READ, Action.COMMEND));
        assertThat(matrix.actionsOf(PermissionRole.ASSOCIATION)).isEqualTo(PermissionMatrix.defaults()
                .actionsOf(PermissionRole.ASSOCIATION));
    }

    private static void logIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("can.bo",
                null, java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
