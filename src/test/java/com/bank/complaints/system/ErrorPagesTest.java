package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Issue 16: a person's browser gets the desk's own error pages (403, 404, 500...) in the desk's look and in the
 * visitor's language, never Spring's Whitelabel page; API calls keep their JSON answers.
 */
@DeskTest
class ErrorPagesTest {

    @Autowired
    Desk desk;
    @Autowired
    SpringTemplateEngine templates;

    @Test
    @DisplayName("Issue 16: a page that does not exist is the desk's 404 page, in English or, for a Chinese browser, in Chinese")
    void notFoundIsTheDesksPage() {
        ResponseEntity<String> english = browser("/no-such-page.html", "en-GB,en;q=0.9");
        ResponseEntity<String> chinese = browser("/no-such-page.html", "zh-CN,zh;q=0.9");

        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(english.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(english.getBody()).contains("<html lang=\"en\"", "<title>Page not found – Complaint Desk</title>",
                "Error 404", "src=\"/logo.svg\"", "href=\"/desk.css\"", "rel=\"icon\"", "Go to the start page")
                .doesNotContain("Whitelabel", "Whitelabel Error Page", "There was an unexpected error");
        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(chinese.getBody()).contains("<html lang=\"zh\"", "错误 404", "找不到该页面", "返回首页")
                .doesNotContain("Page not found");
        assertThat(browser("/no-such-page.html?lang=zh", "en").getBody()).as("?lang=zh").contains("找不到该页面");
    }

    @Test
    @DisplayName("Issue 16: the 500 page reads as the desk's page in both languages: nothing lost, try again, no stack trace")
    void serverErrorIsTheDesksPage() {
        String english = templates.process("error", new Context(Locale.ENGLISH, Map.of("status", 500)));
        String chinese = templates.process("error", new Context(Locale.CHINESE, Map.of("status", 500)));

        assertThat(english).contains("Error 500", "Something went wrong", "nothing was lost", "src=\"/logo.svg\"");
        assertThat(chinese).contains("错误 500", "系统出现错误", "数据未丢失");
    }

    @Test
    @DisplayName("Issue 16: API calls keep their JSON answers: a refused call, an unknown API path, bad parameters")
    void theApiKeepsItsJson() {
        HttpHeaders json = new HttpHeaders();
        json.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<String> refused = desk.as("agent").exchange("/api/case-library", HttpMethod.GET,
                new HttpEntity<>(json), String.class);
        ResponseEntity<String> unknown = desk.as("handler").exchange("/api/no-such-thing", HttpMethod.GET,
                new HttpEntity<>(json), String.class);
        ResponseEntity<String> bad = desk.as("compliance").exchange("/api/reports/kpis?from=yesterday", HttpMethod.GET,
                new HttpEntity<>(json), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(refused.getBody()).contains("\"status\":403").doesNotContain("<html");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("\"status\":404").doesNotContain("<html");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(bad.getBody()).contains("\"errors\"", "from");
    }

    private ResponseEntity<String> browser(String path, String languages) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, languages);
        return desk.anonymous().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
