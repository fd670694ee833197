package plaincamunda;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The startup benchmark's baseline: a plain Camunda 7 Spring Boot starter application with the same
 * webapps and REST API as the product and nothing of ours. It lives outside com.bank.complaints so
 * that component scanning finds none of the product's beans; its settings are in
 * plaincamunda/application.yml, which replaces the product's (StartupBenchmark points Spring there).
 */
@SpringBootApplication
public class PlainCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlainCamundaApplication.class, args);
    }
}
