variable "api_root" {
  description = "Set to reach the accounts under one API root (the emulator: http://127.0.0.1:8080); empty means https://{account}.zendesk.com."
  type        = string
  default     = ""
}

variable "oauth_client_id" {
  description = "OAuth client ID used in both accounts."
  type        = string
  default     = "terraform"
}

variable "acme_oauth_client_secret" {
  description = "OAuth client secret of the acme account."
  type        = string
  sensitive   = true
}

variable "globex_oauth_client_secret" {
  description = "OAuth client secret of the globex account."
  type        = string
  sensitive   = true
}
