package io.github.kaohe.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small assessment service on the Kaifeng policy: the starter serves the policy and its REST
 * endpoints (application.properties turns them on), and {@link ZoneRanking} shows the scoring
 * service in the application's own code. See this module's README for the curl commands.
 */
@SpringBootApplication
public class AssessmentService {
  public static void main(String[] args) {
    SpringApplication.run(AssessmentService.class, args);
  }
}
