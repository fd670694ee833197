package com.bank.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/** Outside the default profile the app has its staff groups and rules but no demo user and no default password. */
// the engine REST API looks its engine up by the name "default": a second engine of that name would take it over
// from the shared @DeskTest context; outside the demo profile the secrets and trusted proxies must be configured
@SpringBootTest(properties = {"camunda.bpm.generate-unique-process-engine-name=true",
        "complaints.customer.link-secret=a-staging-secret-of-at-least-32-bytes",
        "complaints.message-gateway.token=staging-gateway-token", "server.tomcat.remoteip.internal-proxies=",
        "complaints.core-banking.url=http://127.0.0.1:9", "complaints.core-banking.token=staging-core-banking-token",
        "complaints.card-data.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="})
@ActiveProfiles("staging")
class OtherProfileTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    Environment environment;

    @Test
    void noDemoUserExists() {
        assertThat(identityService.createUserQuery().count()).isZero();
    }

    @Test
    void noDemoPasswordIsConfigured() {
        assertThat(environment.containsProperty("complaints.demo.password")).isFalse();
    }

    @Test
    void everyStaffGroupExists() {
        assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
                .containsAll(AccessRules.GROUPS.stream().map(AccessRules.StaffGroup::id).toList());
    }

    @Test
    void everyAccessRuleIsGranted() {
        assertThat(AccessRules.grants()).allSatisfy(grant -> {
            Authorization authorization = authorizationService.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(grant.groupId())
                    .resourceType(grant.resource())
                    .resourceId(grant.resourceId())
                    .singleResult();
            assertThat(authorization).as("grant to %s on %s %s", grant.groupId(), grant.resource().resourceName(),
                    grant.resourceId()).isNotNull();
            assertThat(Arrays.stream(grant.permissions())).allMatch(authorization::isPermissionGranted);
        });
    }
}
