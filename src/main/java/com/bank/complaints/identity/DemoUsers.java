package com.bank.complaints.identity;


import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per staff group, only in the default (out-of-the-box) profile: any other profile
 * has no demo user and no default password. Users already present are left alone.
 */
@Component
@Profile("default")
@Order(2)
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final DemoProperties demo;

    DemoUsers(IdentityService identityService, DemoProperties demo) {
        this.identityService = identityService;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoProperties.DemoUser demoUser : demo.users()) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demoUser.id());
            user.setFirstName(demoUser.firstName());
            user.setLastName(demoUser.lastName());
            user.setEmail(demoUser.id() + "@bank.example");
            user.setPassword(demo.password());
            identityService.saveUser(user);
            identityService.createMembership(demoUser.id(), demoUser.group());
            LOG.info("Created demo user '{}' in group '{}'", demoUser.id(), demoUser.group());
        }
    }
}
