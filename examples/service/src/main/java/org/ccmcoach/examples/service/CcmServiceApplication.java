package org.ccmcoach.examples.service;

import org.ccmcoach.json.CcmJacksonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A small Spring Boot service that embeds ccm: it scores assessment responses and analyses a
 * measure's series on a run or control chart, and answers bad input with RFC 9457 problem details
 * that carry ccm's JSON Pointer, line and column.
 *
 * <pre>
 * POST /scores              an AssessmentResponse (JSON)  → its ScoreReport
 * POST /charts/{chart}      a Series (JSON)               → the chart's verdict and signals;
 *                           chart = run, i, mr, p, u, c, p-prime, u-prime
 * </pre>
 */
@SpringBootApplication
public class CcmServiceApplication {

    /**
     * Starts the service.
     *
     * @param args  Spring Boot's arguments, such as {@code --server.port=8081}
     */
    public static void main(String[] args) {
        SpringApplication.run(CcmServiceApplication.class, args);
    }

    /**
     * Spring's JsonMapper reads with every rule of ccm's own reader that is a mapper setting
     * (duplicate keys, trailing content, {@code null} for numbers, ...), for ccm's types and the
     * service's alike; ccm's module itself Spring Boot finds by {@code ServiceLoader}.
     *
     * @return the customizer
     */
    @Bean
    JsonMapperBuilderCustomizer ccm() {
        return CcmJacksonModule::strictReading;
    }
}
