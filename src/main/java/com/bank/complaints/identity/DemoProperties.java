package com.bank.complaints.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** complaints.demo.*: the demo users of application-default.yml. */
@ConfigurationProperties("complaints.demo")
record DemoProperties(String password, List<DemoUser> users) {

    DemoProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record DemoUser(String id, String firstName, String lastName, String group) {
    }
}
