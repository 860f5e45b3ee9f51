package org.clinicops.common.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff login form of every service (Spring Security handles its POST) and the start page a
 * login lands on.
 */
@Controller
public class LoginPage {

	@GetMapping("/login")
	String login() {
		return "clinic-ops/login";
	}

	@GetMapping("/")
	String home() {
		return "clinic-ops/home";
	}

}
