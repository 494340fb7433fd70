package io.github.kaohe.spring.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with nothing of its own: what the starter configures, alone. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {}
