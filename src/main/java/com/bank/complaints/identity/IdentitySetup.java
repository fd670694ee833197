package com.bank.complaints.identity;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups, their authorizations and the Tasklist filters at every start, in every
 * profile. It only adds what is missing (the filters it writes as they are defined now), so it is safe
 * on every restart and on every node.
 */
@Component
@Order(1)
class IdentitySetup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccessRules.GROUPS.forEach(this::ensureGroup);
        AccessRules.grants().forEach(grant ->
                ensureGrant(grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions()));
        TaskFilters.definitions().forEach(this::ensureFilter);
        LOG.info("Staff groups, authorizations and Tasklist filters are in place");
    }

    private void ensureGroup(AccessRules.StaffGroup staffGroup) {
        if (identityService.createGroupQuery().groupId(staffGroup.id()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(staffGroup.id());
        group.setName(staffGroup.name());
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
    }

    private void ensureGrant(String groupId, Resource resource, String resourceId,
            org.camunda.bpm.engine.authorization.Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (var permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    private static boolean sameDefinition(Filter stored, Filter wanted) {
        return ((FilterEntity) stored).getQueryInternal().equals(((FilterEntity) wanted).getQueryInternal())
                && stored.getProperties().equals(wanted.getProperties());
    }

    private void ensureFilter(TaskFilters.Definition definition) {
        Filter wanted = filterService.newTaskFilter(definition.name())
                .setProperties(TaskFilters.properties(definition))
                .setQuery(TaskFilters.query(definition, taskService));
        Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
        if (filter == null) {
            filter = filterService.saveFilter(wanted);
        } else if (!sameDefinition(filter, wanted)) {
            // the product's filters follow the product: an installation made by an older version gets today's
            filter.setProperties(wanted.getProperties()).setQuery(wanted.getQuery());
            filterService.saveFilter(filter);
        }
        for (String group : definition.groups()) {
            ensureGrant(group, Resources.FILTER, filter.getId(), org.camunda.bpm.engine.authorization.Permissions.READ);
        }
    }
}
