import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The answer to every sign-up request, whether or not the address already has an account. */
export class SignupRequestedDto {
  @ApiProperty({ example: 'minh.tran@hanoi-precision.example', description: 'The address the next step was mailed to' })
  email: string;

  @ApiProperty({ example: 'Check your e-mail: we sent a message to this address that tells you how to continue.' })
  message: string;
}

export class ConfirmSignupDto {
  @ApiProperty({ description: 'The token from the confirmation link (`/confirm-signup?token=…`)', example: 'hVb2Zp0cJx8sQeT1y4Rk3mN6wA9uL5dF7gH2jK0pS8o' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  token: string;
}
