import {
  to = zendesk_messaging_settings.this
  id = "acme"
}
