"""The demo site: real Dutch content for Stadsregio Turnhout, built by `manage.py seed_demo`."""
