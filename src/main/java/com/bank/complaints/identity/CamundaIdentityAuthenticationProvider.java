package com.bank.complaints.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Our API and pages log staff in against Camunda's identity service, like Tasklist does; groups become authorities. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || password == null || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
