"""Every repository port on one DynamoDB table (key design: docs/dynamodb.md)."""
