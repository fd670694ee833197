package com.bank.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 13 point 5: a page on another site cannot make a logged-in administrator's browser deploy a
 * model (which runs any expression): the engine REST API refuses cross-site browser requests, and
 * the webapps keep their CSRF token. The deployment sent is a harmless text file, under a name of
 * its own, so the test can tell whether it arrived.
 */
@DeskTest
class CrossSiteRequestTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("Issue 13 point 5: a deployment posted from another site's page (Origin https://evil.example) is refused and nothing is deployed")
    void deploymentFromAnotherOriginIsRefused() {
        String name = deploymentName();
        HttpHeaders headers = adminBrowser();
        headers.setOrigin("https://evil.example");

        ResponseEntity<String> response = deploy(name, headers);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("https://evil.example");
        assertThat(deployments(name)).isZero();
    }

    @Test
    @DisplayName("Issue 13 point 5: a deployment a browser marks Sec-Fetch-Site cross-site is refused and nothing is deployed")
    void deploymentMarkedCrossSiteIsRefused() {
        String name = deploymentName();
        HttpHeaders headers = adminBrowser();
        headers.set("Sec-Fetch-Site", "cross-site");

        ResponseEntity<String> response = deploy(name, headers);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deployments(name)).isZero();
    }

    @Test
    @DisplayName("Issue 13 point 5: a request from a sibling host of the same site (Sec-Fetch-Site same-site) is refused too")
    void deploymentFromTheSameSiteIsRefused() {
        String name = deploymentName();
        HttpHeaders headers = adminBrowser();
        headers.set("Sec-Fetch-Site", "same-site");

        assertThat(deploy(name, headers).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deployments(name)).isZero();
    }

    @Test
    @DisplayName("Issue 13 point 5: a cross-site request is refused before authentication: 403 even without credentials, not 401")
    void aCrossSiteRequestIsRefusedBeforeAuthentication() {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin("https://evil.example");

        ResponseEntity<String> response = http.exchange("/engine-rest/task", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @DisplayName("Issue 13 point 5: a tool without Origin or Sec-Fetch-Site (curl) still deploys")
    void aToolStillDeploys() {
        String name = deploymentName();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", Desk.DEMO_PASSWORD);

        ResponseEntity<String> response = deploy(name, headers);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deployments(name)).isOne();
    }

    @Test
    void thisServersOwnPagesStillCallTheEngineRestApi() {
        String name = deploymentName();
        HttpHeaders headers = adminBrowser();
        headers.setOrigin("http://localhost:" + port);
        headers.set("Sec-Fetch-Site", "same-origin");

        assertThat(deploy(name, headers).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deployments(name)).isOne();
    }

    @Test
    @DisplayName("Issue 13 point 5: the webapps keep their CSRF protection: a logged-in admin's POST without X-XSRF-TOKEN is refused and deploys nothing")
    void webappPostWithoutCsrfTokenIsRefused() {
        String name = deploymentName();
        Source.WebappSession admin = new Source(http, "198.51.100.20").webappSession().loggedIn("admin", Desk.DEMO_PASSWORD);

        ResponseEntity<String> withoutToken = admin.post("/camunda/api/engine/engine/default/deployment/create",
                deployment(name), MediaType.MULTIPART_FORM_DATA, false);

        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deployments(name)).isZero();
    }

    @Test
    void theWebappsTakeAPostWithTheirCsrfToken() {
        String name = deploymentName();
        Source.WebappSession admin = new Source(http, "198.51.100.21").webappSession().loggedIn("admin", Desk.DEMO_PASSWORD);

        ResponseEntity<String> withToken = admin.post("/camunda/api/engine/engine/default/deployment/create",
                deployment(name), MediaType.MULTIPART_FORM_DATA, true);

        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deployments(name)).isOne();
    }

    /** What the administrator's browser sends on its own: the Basic credentials it keeps for this server. */
    private static HttpHeaders adminBrowser() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", Desk.DEMO_PASSWORD);
        return headers;
    }

    private ResponseEntity<String> deploy(String name, HttpHeaders headers) {
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(deployment(name), headers),
                String.class);
    }

    private static MultiValueMap<String, Object> deployment(String name) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", name);
        parts.add("data", new ByteArrayResource("not a model".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "probe.txt";
            }
        });
        return parts;
    }

    private long deployments(String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    private static String deploymentName() {
        return "cross-site-probe-" + UUID.randomUUID();
    }
}
