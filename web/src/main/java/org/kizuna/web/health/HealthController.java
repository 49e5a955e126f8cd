package org.kizuna.web.health;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the server is up, for load balancers and scripts; public. */
@RestController
class HealthController {

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    String health() {
        return "{\"status\":\"UP\"}";
    }
}
