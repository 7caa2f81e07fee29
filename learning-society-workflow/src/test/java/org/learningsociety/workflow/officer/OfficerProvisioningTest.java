package org.learningsociety.workflow.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.workflow.officer.OfficerResults.NewAccount;
import org.learningsociety.workflow.officer.OfficerResults.OfficersMoved;
import org.learningsociety.workflow.officer.OfficerResults.RoleGranted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Officers provisioned on an engine with Camunda's authorization on, as a portal runs it: a user given
 * the association's role in Thành Đông opens Tasklist and finds their unit's task in the shared filter
 * "Công việc của đơn vị tôi", and only theirs; giving again changes nothing; taking the role away takes
 * the task away; the officers of Phường Bình Hàn (10510, merged into Thành Đông on 1 July 2025) move
 * to Thành Đông's groups.
 */
@SpringBootTest(classes = OfficerProvisioningTest.Host.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                // no web server: Camunda's REST API (a test dependency of the module) stays out
                "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                "spring.datasource.url=jdbc:h2:mem:officers-test;DB_CLOSE_DELAY=-1",
                "learning-society.reference-data.units=PROVINCES",
                "learning-society.reference-data.provinces=31",
                "camunda.bpm.job-execution.enabled=false",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "camunda.bpm.generate-unique-process-application-name=true",
                "camunda.bpm.generic-properties.properties.history-time-to-live=P30D",
                "camunda.bpm.authorization.enabled=true"})
class OfficerProvisioningTest {

    private static final String THANH_DONG = "10507";
    private static final String HAI_DUONG = "10525";
    /** Phường Bình Hàn, which the 2025 reform merged into Thành Đông. */
    private static final String BINH_HAN = "10510";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Host {
    }

    @Autowired
    OfficerProvisioning provisioning;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    AuthorizationService authorizations;

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void anOfficerGivenTheAssociationRoleSeesTheirUnitsTaskInTheSharedFilterAndNoOtherUnits() {
        String ours = candidateTask("Đăng ký danh hiệu năm 2027", "hoikhuyenhoc" + THANH_DONG);
        String theirs = candidateTask("Đăng ký danh hiệu năm 2027", "hoikhuyenhoc" + HAI_DUONG);

        RoleGranted granted = provisioning.grantCreatingUser("lanthanhdong", account("Nguyễn Thị", "Lan"),
                OfficerRole.ASSOCIATION, THANH_DONG);
        provisioning.grantCreatingUser("tuanhaiduong", account("Phạm Minh", "Tuấn"), OfficerRole.ASSOCIATION, HAI_DUONG);

        assertThat(granted.userCreated()).isTrue();
        assertThat(granted.membershipCreated()).isTrue();
        assertThat(granted.groupId()).isEqualTo("hoikhuyenhoc10507");
        Group group = identity.createGroupQuery().groupId("hoikhuyenhoc10507").singleResult();
        assertThat(group.getName()).isEqualTo("Hội Khuyến học phường Thành Đông");
        assertThat(group.getType()).isEqualTo(OfficerProvisioning.GROUP_TYPE);

        logIn("lanthanhdong");
        List<String> groups = List.of("hoikhuyenhoc10507");
        assertThat(authorizations.isUserAuthorized("lanthanhdong", groups, Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).as("may open Tasklist").isTrue();
        String filter = provisioning.myUnitsFilterId();
        assertThat(filters.createFilterQuery().filterId(filter).count()).as("reads the shared filter").isEqualTo(1);
        List<String> seen = filters.<Task>list(filter).stream().map(Task::getId).toList();
        assertThat(seen).contains(ours).doesNotContain(theirs);
        tasks.claim(ours, "lanthanhdong");
        assertThat(tasks.createTaskQuery().taskId(ours).singleResult().getAssignee()).isEqualTo("lanthanhdong");
    }

    @Test
    void givingTheSameRoleAgainChangesNothing() {
        RoleGranted first = provisioning.grantCreatingUser("hungubnd", account("Trần Văn", "Hùng"),
                OfficerRole.PEOPLES_COMMITTEE, THANH_DONG);
        long grants = authorizations.createAuthorizationQuery().groupIdIn("ubnd10507").count();

        RoleGranted again = provisioning.grantCreatingUser("hungubnd", account("Trần Văn", "Hùng (khác)"),
                OfficerRole.PEOPLES_COMMITTEE, THANH_DONG);

        assertThat(first.groupName()).isEqualTo("UBND phường Thành Đông");
        assertThat(again.userCreated()).isFalse();
        assertThat(again.groupCreated()).isFalse();
        assertThat(again.membershipCreated()).isFalse();
        assertThat(again.filterCreated()).isFalse();
        assertThat(again.authorizationsGranted()).isEmpty();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("ubnd10507").count()).isEqualTo(grants);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("ubnd10507").list())
                .extracting(a -> a.getResourceType() + " " + a.getResourceId())
                .contains(Resources.APPLICATION.resourceType() + " tasklist",
                        Resources.PROCESS_DEFINITION.resourceType() + " *",
                        Resources.DECISION_DEFINITION.resourceType() + " *",
                        Resources.FILTER.resourceType() + " " + provisioning.myUnitsFilterId());
        assertThat(filters.createFilterQuery().filterName(OfficerProvisioning.MY_UNITS_FILTER).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("hungubnd").singleResult().getLastName())
                .as("an existing account is left as it is").isEqualTo("Hùng");
    }

    @Test
    void aUserTheIdentityServiceLacksIsCreatedOnlyWhenAskedFor() {
        assertThatThrownBy(() -> provisioning.grant("chuaco", OfficerRole.ASSOCIATION, THANH_DONG))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("chuaco");
        assertThat(identity.createUserQuery().userId("chuaco").count()).isZero();
    }

    @Test
    void takingTheRoleAwayTakesTheUnitsTasksAway() {
        String task = candidateTask("Thẩm định tự đánh giá", "hoikhuyenhoc" + THANH_DONG);
        provisioning.grantCreatingUser("maithanhdong", account("Lê Thị", "Mai"), OfficerRole.ASSOCIATION, THANH_DONG);

        assertThat(provisioning.revoke("maithanhdong", OfficerRole.ASSOCIATION, THANH_DONG).membershipRemoved()).isTrue();
        assertThat(provisioning.revoke("maithanhdong", OfficerRole.ASSOCIATION, THANH_DONG).membershipRemoved())
                .as("a second time").isFalse();

        assertThat(identity.createGroupQuery().groupMember("maithanhdong").count()).isZero();
        assertThat(provisioning.rolesOf("maithanhdong").roles()).isEmpty();
        String filter = provisioning.myUnitsFilterId();
        logIn("maithanhdong");
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the unit's task").isZero();
        assertThatThrownBy(() -> filters.list(filter)).as("the shared filter, now of none of their groups")
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    @Test
    void theOfficersOfAMergedCommuneMoveToItsSuccessor() {
        // Bình Hàn's association as a portal kept it before the reform
        Group old = identity.newGroup("hoikhuyenhoc" + BINH_HAN);
        old.setName("Hội Khuyến học phường Bình Hàn");
        identity.saveGroup(old);
        provisioning.grantCreatingUser("habinhhan", account("Đỗ Thu", "Hà"), OfficerRole.ASSOCIATION, HAI_DUONG);
        identity.createMembership("habinhhan", "hoikhuyenhoc" + BINH_HAN);
        assertThat(provisioning.rolesOf("habinhhan").roles()).extracting(r -> r.unitCode() + " " + r.current())
                .containsExactly("10510 false", "10525 true");

        OfficersMoved kept = provisioning.moveToSuccessors(BINH_HAN, false);
        assertThat(kept.successorCodes()).containsExactly(THANH_DONG);
        assertThat(kept.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.userId()).isEqualTo("habinhhan");
            assertThat(moved.toGroupId()).isEqualTo("hoikhuyenhoc10507");
            assertThat(moved.membershipCreated()).isTrue();
            assertThat(moved.oldMembershipRemoved()).isFalse();
        });
        assertThat(identity.createUserQuery().memberOfGroup("hoikhuyenhoc" + BINH_HAN).count()).isEqualTo(1);

        OfficersMoved removed = provisioning.moveToSuccessors(BINH_HAN, true);
        assertThat(removed.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.membershipCreated()).as("already moved").isFalse();
            assertThat(moved.oldMembershipRemoved()).isTrue();
        });
        assertThat(provisioning.rolesOf("habinhhan").roles()).extracting(r -> r.groupId())
                .containsExactly("hoikhuyenhoc10507", "hoikhuyenhoc10525");
        assertThat(provisioning.moveToSuccessors(BINH_HAN, true).moved()).as("nobody left to move").isEmpty();
    }

    @Test
    void aRoleIsGivenOnlyInACurrentUnitOfItsLevel() {
        provisioning.grantCreatingUser("sonthanhdong", account("Vũ Thanh", "Sơn"), OfficerRole.ASSOCIATION, THANH_DONG);
        assertThatThrownBy(() -> provisioning.grant("sonthanhdong", OfficerRole.EMULATION_BOARD, THANH_DONG))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tỉnh, thành phố");
        assertThatThrownBy(() -> provisioning.grant("sonthanhdong", OfficerRole.ASSOCIATION, BINH_HAN))
                .isInstanceOf(InvalidInputException.class).isNotInstanceOf(NotFoundException.class)
                .hasMessageContaining("Phường Thành Đông (10507)");
        assertThatThrownBy(() -> provisioning.grant("sonthanhdong", OfficerRole.ASSOCIATION, "99999"))
                .isInstanceOf(NotFoundException.class);
        assertThat(provisioning.grant("sonthanhdong", OfficerRole.EMULATION_BOARD, "31").groupName())
                .isEqualTo("Ban Thi đua – Khen thưởng thành phố Hải Phòng");
    }

    private String candidateTask(String name, String group) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), group);
        return task.getId();
    }

    /** As Tasklist does after login: the user and the groups the identity service gives them. */
    private void logIn(String userId) {
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    private static NewAccount account(String firstName, String lastName) {
        return new NewAccount(firstName, lastName, null, "mat-khau-thu");
    }
}
