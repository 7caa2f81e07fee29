package org.example.hostportal;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page of the host portal's own. */
@RestController
public class HelloController {

    @GetMapping("/host/hello")
    public String hello(Principal user) {
        return "Xin chào " + user.getName();
    }
}
