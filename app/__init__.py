"""Membership Register: the use cases as plain Python services. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "Membership Register"
APP_ID = "membership-register"
ORG_NAME = "MembershipRegister"
