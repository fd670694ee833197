package com.bank.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * Issue 17.6 R-TRIAGE-5: the demo users of the risk, operations and product teams (demo profile only, like the
 * others) get the least they need: Tasklist and its workers' filters, nothing else. What they may write is in
 * LeastPrivilegeMatrixTest.
 */
@DeskTest
class HandlingTeamUsersTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    Desk desk;

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"riskhandler, risk-team", "opshandler, operations-team", "producthandler, product-team"})
    @DisplayName("issue 17.6 R-TRIAGE-5 a team's demo user opens Tasklist with the workers' filters, and no Cockpit, Admin or supervisors' filter")
    void teamUserHasTheLeastItNeeds(String user, String team) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        assertThat(groups).containsExactly(team);

        assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "admin"))
                .isFalse();
        assertThat(desk.as(user).exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, JSON_LIST).getBody())
                .extracting(filter -> filter.get("name"))
                .containsExactlyInAnyOrder(TaskFilters.MY_GROUPS_TASKS, TaskFilters.MY_TASKS, TaskFilters.OVERDUE);
    }
}
