package com.bank.complaints;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
// the pattern screening and the calendar check run on schedules of their own
@EnableScheduling
public class ComplaintDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintDeskApplication.class, args);
    }
}
